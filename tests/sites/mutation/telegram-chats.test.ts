import { mutationSuite } from './harness';
import { SHARDS } from './shards';

mutationSuite(SHARDS['telegram-chats']!);
