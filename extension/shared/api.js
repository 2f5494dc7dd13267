// The WebExtension namespace: Firefox's promise-based `browser`, else Chrome's `chrome` (promises in MV3).
// eslint-disable-next-line no-var
var siftApi = globalThis.browser ?? globalThis.chrome;
