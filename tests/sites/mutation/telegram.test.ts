import { mutationSuite } from './harness';

mutationSuite(['telegram']);
