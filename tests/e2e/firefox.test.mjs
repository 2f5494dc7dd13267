// End-to-end in Firefox ESR with dist/firefox installed as a temporary add-on.
import { firefoxHarness } from './harness.mjs';
import { endToEnd } from './suite.mjs';

const make = (url) => firefoxHarness(url);
make.label = 'Firefox';
endToEnd(make);
