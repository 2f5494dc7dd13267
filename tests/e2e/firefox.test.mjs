// End-to-end in Firefox ESR with dist/firefox installed as a temporary add-on.
import { firefoxHarness } from './harness.mjs';
import { endToEnd } from './suite.mjs';
import { hostile } from './hostile.mjs';
import { parity } from './parity.mjs';
import { popupAndPicker } from './popup.mjs';
import { widgetFixtures } from './widgets.mjs';

const make = (url) => firefoxHarness(url);
make.label = 'Firefox';
// The same browser without the extension: the reference for "disabled means untouched".
make.bare = (url) => firefoxHarness(url, { extension: false });
// With and without the extension, every request through a recording proxy (request counting).
make.proxied = (url, proxyPort, extension) => firefoxHarness(url, { extension, proxyPort });
endToEnd(make);
hostile(make);
parity(make);
popupAndPicker(make);
widgetFixtures(make);
