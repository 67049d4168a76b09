import { mutationSuite } from './harness';

mutationSuite(['facebook', 'hostile']);
