/*
 * Mine Action Cooperation Dashboard: optional script for pages that embed our views.
 * It sizes every embed iframe on the page to its content, from the embeds' messages:
 *   { type: "mine-action-dashboard:resize", version: 1, embedId: "...", height: 640 }
 * Only messages of that exact shape, from one of this page's iframes, are used; the height
 * is clamped, and nothing from a message is ever run or inserted as HTML.
 * Without this script, each iframe keeps the height written in its embed code.
 */
(function () {
  'use strict';
  var MIN_HEIGHT = 120;
  var MAX_HEIGHT = 10000;

  function isResizeMessage(data) {
    return (
      data !== null &&
      typeof data === 'object' &&
      data.type === 'mine-action-dashboard:resize' &&
      data.version === 1 &&
      typeof data.embedId === 'string' &&
      typeof data.height === 'number' &&
      isFinite(data.height)
    );
  }

  window.addEventListener('message', function (event) {
    if (!isResizeMessage(event.data)) return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      // Match the sender window itself, not a name it claims: no embed can resize another.
      if (frames[i].contentWindow === event.source) {
        var height = Math.min(MAX_HEIGHT, Math.max(MIN_HEIGHT, Math.ceil(event.data.height)));
        frames[i].style.height = height + 'px';
        return;
      }
    }
  });

  // Embeds that loaded before this script ran report again when asked.
  var frames = document.getElementsByTagName('iframe');
  for (var i = 0; i < frames.length; i++) {
    if (frames[i].contentWindow) {
      frames[i].contentWindow.postMessage({ type: 'mine-action-dashboard:request-height', version: 1 }, '*');
    }
  }
})();
