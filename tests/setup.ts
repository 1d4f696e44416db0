import { z } from 'zod';

// Extension pages forbid `new Function`; run tests the way the extension runs.
z.config({ jitless: true });
