// The filter lists end to end in Chromium, with the test build of tests/lists/fixture (tests/e2e/lists.mjs).
import { chromiumHarness } from './harness.mjs';
import { filterLists } from './lists.mjs';

const make = (url, dist) => chromiumHarness(url, { dist });
make.label = 'Chromium';
filterLists(make);
