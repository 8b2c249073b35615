import { useState } from 'react';
import { useTasks } from '../../store/tasks';
import { CommandForm } from '../CommandForm/CommandForm';
import { FileInput } from '../FileInput/FileInput';
import { OfflineStatus } from '../OfflineStatus/OfflineStatus';
import { PayloadForm } from '../PayloadForm/PayloadForm';
import { PresetPicker } from '../PresetPicker/PresetPicker';
import { StatusAnnouncer } from '../StatusAnnouncer/StatusAnnouncer';
import { TaskDetail } from '../TaskDetail/TaskDetail';
import { TaskList } from '../TaskList/TaskList';
import { UpdateBanner } from '../UpdateBanner/UpdateBanner';
import './App.css';

export function App() {
  const tasks = useTasks((state) => state.tasks);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  // Show the chosen task, or else the newest one, so a run's result appears without a click.
  const selected = tasks.find((task) => task.id === selectedId) ?? tasks.at(-1) ?? null;

  return (
    <div className="app">
      <UpdateBanner />
      <header className="app-header">
        <h1>Transmute</h1>
        <p>ffmpeg, ffprobe, ImageMagick and GraphicsMagick in this tab. Your files never leave the device.</p>
        <OfflineStatus />
      </header>
      <main className="app-main">
        <section className="app-column" aria-label="Files and command">
          <FileInput />
          <PresetPicker />
          <CommandForm />
          <PayloadForm />
        </section>
        <section className="app-column" aria-label="Tasks">
          <TaskList tasks={tasks} selectedId={selected?.id ?? null} onSelect={setSelectedId} />
          {selected !== null && <TaskDetail task={selected} />}
        </section>
      </main>
      <StatusAnnouncer />
    </div>
  );
}
