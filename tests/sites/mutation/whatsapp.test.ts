import { mutationSuite } from './harness';

mutationSuite(['whatsapp']);
