// End-to-end in Chromium with dist/chrome installed.
import { chromiumHarness } from './harness.mjs';
import { endToEnd } from './suite.mjs';
import { hostile } from './hostile.mjs';
import { parity } from './parity.mjs';
import { popupAndPicker } from './popup.mjs';
import { widgetFixtures } from './widgets.mjs';

const make = (url) => chromiumHarness(url);
make.label = 'Chromium';
// The same browser without the extension: the reference for "disabled means untouched" and request counts.
make.bare = (url) => chromiumHarness(url, { extension: false });
endToEnd(make);
hostile(make);
parity(make);
popupAndPicker(make);
widgetFixtures(make);
