// The map off the main thread: projection, spreading and the basemap's shapes (seconds at 5,000 actors on a busy machine).
import { messageOf } from '../../model/errors';
import { serve } from '../../threads/worker-like';
import { mapScenes } from './scenes';
import { scenesToWire, type MapScenesRequest, type MapScenesWire } from './scenes-wire';

export type MapReply = { ok: true; scenes: MapScenesWire } | { ok: false; message: string };

serve<MapScenesRequest, MapReply>((request, post) => {
  try {
    const scenes = scenesToWire(mapScenes(request));
    post({ ok: true, scenes }, [scenes.actors.xy.buffer]);
  } catch (error) {
    post({ ok: false, message: messageOf(error) });
  }
});
