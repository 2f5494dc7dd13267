// Message names, grouped by who sends them. One list so the popup, the content script and the background
// worker cannot drift apart.
var SiftMsg = Object.freeze({
  // popup -> content script
  REPORT: 'sift:report', // -> {host, paused, hidden: [...], highlights: [...], errors: [...], userRules: [{selector, matches}]}
  REVEAL: 'sift:reveal', // {id} -> {ok}
  PICK: 'sift:pick', // -> {ok} | {ok: false, error}: the "hide this" picker starts on the page
  // content script -> background
  ENGINE: 'sift:engine', // {op: hello|survey|decide, arg, settings} -> {result} | {error}
  COUNTS: 'sift:counts', // {hidden, highlights} (badge)
});
