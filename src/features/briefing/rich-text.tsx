// Moved to components/ so the record dialog can put links in its sentences too; the briefing's
// own imports keep this path.
export { RichText, slot, splitSlots, type TextPart } from '../../components/rich-text';
