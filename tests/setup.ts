// Every unit test gets a working IndexedDB (fake-indexeddb) and the WXT fake browser.
import 'fake-indexeddb/auto';
