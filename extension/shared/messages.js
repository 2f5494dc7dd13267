// Message names, grouped by who sends them. One list so the popup, the content script and the background
// worker cannot drift apart.
var SiftMsg = Object.freeze({
  // popup -> content script
  // REPORT -> {host, paused, hidden: [...], listHidden: [...], lists: [...], highlights: [...], errors: [...], userRules: [{selector, matches}]}
  REPORT: 'sift:report',
  REVEAL: 'sift:reveal', // {id, lists: [list-hidden element ids]} -> {ok}
  PICK: 'sift:pick', // -> {ok} | {ok: false, error}: the "hide this" picker starts on the page
  // content script -> background
  ENGINE: 'sift:engine', // {op: hello|survey|decide, arg, settings, host} -> {result} | {error}
  COUNTS: 'sift:counts', // {hidden, highlights} (badge)
  // content script in a frame -> background -> every frame of its tab: the frame's whole content was hidden,
  // so the page around it hides the frame element (found by the token its document carries, or by its URL);
  // revealing that frame element in the popup reveals the content again
  FRAME_HIDE: 'sift:frame-hide', // {token, url, category, reason, confidence, rules}
  FRAME_REVEAL: 'sift:frame-reveal', // {token}
});
