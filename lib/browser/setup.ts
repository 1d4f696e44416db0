/**
 * Imported first by every extension context (worker, panel, options, history, statistics). zod compiles
 * its schemas with `new Function`, which Manifest V3 forbids in extension pages and the worker: switch
 * that off once, here, before any schema is used.
 */
import { z } from 'zod';

z.config({ jitless: true });
