/// <reference lib="webworker" />
import { serveCliEngine } from '../worker-side/cli-engine';
import { parseGraphicsMagickVersion } from './version';

serveCliEngine({ versionArgs: ['version'], parseVersion: parseGraphicsMagickVersion });
