import { ENGINES } from '../engines/registry';
import { tasksStore } from '../store/tasks';
import { startQueue, type Queue } from './queue';

/** The app's single queue, driving the app's task store. */
export const appQueue: Queue = startQueue({ store: tasksStore, engines: ENGINES });
