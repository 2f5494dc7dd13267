// The filter lists end to end in Firefox ESR, with the test build of tests/lists/fixture (tests/e2e/lists.mjs).
import { firefoxHarness } from './harness.mjs';
import { filterLists } from './lists.mjs';

const make = (url, dist) => firefoxHarness(url, { dist });
make.label = 'Firefox';
filterLists(make);
