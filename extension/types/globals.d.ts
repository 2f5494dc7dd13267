// Names the extension's scripts get from the browser that TypeScript's DOM library does not declare: the
// WebExtension namespaces (Firefox `browser`, Chrome `chrome`), the wasm glue's `wasm_bindgen` (background
// and popup only) and the service worker's `importScripts`. Hand-written; the other files here are generated.
declare var browser: any;
declare var chrome: any;
declare var wasm_bindgen: any;
declare function importScripts(...urls: string[]): void;

// The core's boundary types (generated beside this file), by name for the scripts' JSDoc.
type Survey = import('./Survey').Survey;
type SurveyResult = import('./SurveyResult').SurveyResult;
type Snapshot = import('./Snapshot').Snapshot;
type SnapNode = import('./SnapNode').SnapNode;
type ElementFacts = import('./ElementFacts').ElementFacts;
type ArticleInput = import('./ArticleInput').ArticleInput;
type TextBlock = import('./TextBlock').TextBlock;
type Actions = import('./Actions').Actions;
/** The worker's answer to `hello`. */
type Hello = {
  settings: import('./Settings').Settings; repairs: string[]; state: import('./PageState').PageState;
  lists: import('./PageLists').PageLists;
};
