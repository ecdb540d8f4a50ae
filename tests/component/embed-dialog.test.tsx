import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { beforeAll, describe, expect, it } from 'vitest';
import { EmbedDialog } from '../../src/features/embed-dialog/EmbedDialog';

// jsdom has no modal dialogs: opening one just sets "open", which is all these tests need.
beforeAll(() => {
  HTMLDialogElement.prototype.showModal = function (this: HTMLDialogElement) {
    this.open = true;
  };
  HTMLDialogElement.prototype.close = function (this: HTMLDialogElement) {
    this.open = false;
  };
});

function codeOf(dialog: HTMLElement): HTMLTextAreaElement {
  return within(dialog).getByLabelText(/Code to paste/) as HTMLTextAreaElement;
}

function iframeIn(code: string): HTMLIFrameElement {
  // The pasted snippet, parsed as a host page would: not the rendered dialog, so no user queries apply.
  // eslint-disable-next-line testing-library/no-node-access
  const frame = new DOMParser().parseFromString(code, 'text/html').querySelector('iframe');
  if (frame === null) throw new Error(`no iframe in ${code}`);
  return frame;
}

describe('the Embed dialog’s title', () => {
  it('becomes the iframe’s title and the embed’s "title" option, quotes and brackets kept whole', async () => {
    const user = userEvent.setup();
    render(<EmbedDialog viewSearch="?country=UKR" />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed this view on another website' });

    expect(iframeIn(codeOf(dialog).value).title).toBe('Map of mine action cooperation');
    expect(new URL(iframeIn(codeOf(dialog).value).src).searchParams.has('title')).toBe(false);

    const title = 'Ukraine’s "partners" <in> mine action';
    await user.type(within(dialog).getByRole('textbox', { name: 'Title (optional)' }), title);
    const frame = iframeIn(codeOf(dialog).value);
    expect(frame.title).toBe(title);
    expect(new URL(frame.src).searchParams.get('title')).toBe(title);
    expect(within(dialog).getByTitle(`Preview: ${title}`)).toBeInTheDocument();
  });

  it('writes the full map layout only when the lists are asked for', async () => {
    const user = userEvent.setup();
    render(<EmbedDialog viewSearch="" />);
    await user.click(screen.getByRole('button', { name: 'Embed' }));
    const dialog = screen.getByRole('dialog', { name: 'Embed this view on another website' });
    expect(new URL(iframeIn(codeOf(dialog).value).src).searchParams.has('layout')).toBe(false);
    await user.click(within(dialog).getByRole('checkbox', { name: /Include the lists/ }));
    expect(new URL(iframeIn(codeOf(dialog).value).src).searchParams.get('layout')).toBe('full');
  });
});
