import { mutationSuite } from './harness';
import { SHARDS } from './shards';

mutationSuite(SHARDS['instagram']!);
