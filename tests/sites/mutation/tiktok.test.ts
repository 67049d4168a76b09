import { mutationSuite } from './harness';

mutationSuite(['tiktok']);
