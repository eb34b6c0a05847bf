// The map off the main thread: projection, spreading and the basemap's shapes (seconds at 5,000 actors on a busy machine).
import { messageOf } from '../../model/errors';
import { mapScenes } from './scenes';
import { scenesToWire, type MapScenesRequest, type MapScenesWire } from './scenes-wire';

export type MapReply = { ok: true; scenes: MapScenesWire } | { ok: false; message: string };

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<MapScenesRequest>) => void) | null;
  postMessage: (reply: MapReply, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  try {
    const scenes = scenesToWire(mapScenes(event.data));
    scope.postMessage({ ok: true, scenes }, [scenes.actors.xy.buffer, scenes.countries.xy.buffer]);
  } catch (error) {
    scope.postMessage({ ok: false, message: messageOf(error) }, []);
  }
};
