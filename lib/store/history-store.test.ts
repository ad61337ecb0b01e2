import { beforeEach } from 'vitest';
import { describeHistoryStorage } from '@/lib/store/history-store.contract';
import { idbHistoryStorage } from '@/lib/store/history-store';
import { freshHistory } from '@/lib/store/test-support';

beforeEach(freshHistory);

describeHistoryStorage('IndexedDB', async () => idbHistoryStorage);
