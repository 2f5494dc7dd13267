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
});
