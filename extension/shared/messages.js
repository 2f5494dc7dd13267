// Message names, grouped by who sends them. One list so the popup, the content script and the background
// worker cannot drift apart.
var SiftMsg = Object.freeze({
  // popup -> content script
  REPORT: 'sift:report', // -> {host, paused, hidden: [...], highlights: [...], errors: [...]}
  REVEAL: 'sift:reveal', // {id} -> {ok}
  // content script -> background
  ENGINE: 'sift:engine', // {op: hello|survey|decide, arg, settings} -> {result} | {error}
  COUNTS: 'sift:counts', // {hidden, highlights} (badge)
});
