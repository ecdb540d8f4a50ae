// The messages an embed exchanges with the page that hosts it. Documented in the README;
// public/embed-resizer.js implements the host side. Bump the version only for breaking changes.

export const MESSAGE_SOURCE = 'mine-action-dashboard';
export const PROTOCOL_VERSION = 1;

/** Embed → host: "my content is this tall". */
export interface ResizeMessage {
  type: 'mine-action-dashboard:resize';
  version: typeof PROTOCOL_VERSION;
  /** The embed instance id from the iframe's URL (`id=`), so one page can hold several embeds. */
  embedId: string;
  /** Content height in CSS pixels. */
  height: number;
}

/** Host → embed: "tell me your height again" (e.g. after the host re-laid its page). The only instruction accepted. */
export interface HeightRequestMessage {
  type: 'mine-action-dashboard:request-height';
  version: typeof PROTOCOL_VERSION;
}

export function resizeMessage(embedId: string, height: number): ResizeMessage {
  return {
    type: 'mine-action-dashboard:resize',
    version: PROTOCOL_VERSION,
    embedId,
    height: Math.ceil(height),
  };
}

/**
 * Accepts exactly the documented shape and nothing else: messages come from any origin, so
 * anything unexpected (other keys, other types, strings that look like code) is ignored.
 */
export function isHeightRequest(data: unknown): data is HeightRequestMessage {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return false;
  const keys = Object.keys(data);
  const message = data as Record<string, unknown>;
  return (
    keys.length === 2 &&
    message.type === 'mine-action-dashboard:request-height' &&
    message.version === PROTOCOL_VERSION
  );
}
