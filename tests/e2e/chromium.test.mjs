// End-to-end in Chromium with dist/chrome installed.
import { chromiumHarness } from './harness.mjs';
import { endToEnd } from './suite.mjs';

const make = (url) => chromiumHarness(url);
make.label = 'Chromium';
endToEnd(make);
