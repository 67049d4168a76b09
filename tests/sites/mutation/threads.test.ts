import { mutationSuite } from './harness';

mutationSuite(['threads']);
