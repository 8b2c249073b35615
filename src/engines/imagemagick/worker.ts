/// <reference lib="webworker" />
import { serveCliEngine } from '../worker-side/cli-engine';
import { parseImageMagickVersion } from './version';

// One `magick` binary runs every ImageMagick command: `magick convert ...`, `magick identify ...`.
serveCliEngine({ versionArgs: ['-version'], parseVersion: parseImageMagickVersion });
