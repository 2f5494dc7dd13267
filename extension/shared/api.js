// The WebExtension namespace: Firefox's promise-based `browser`, else Chrome's `chrome` (promises in MV3).
var siftApi = globalThis.browser ?? globalThis.chrome;
