/**
 * The id of the heading that names an embed's content when no card title does (the host's title,
 * the dataset's, or a card's problem). The main and footer landmarks are labelled by it and by a
 * card's own title (`briefing-title`): whichever of the two the frame has gives the name.
 */
export const EMBED_HEADING_ID = 'embed-heading';
