/** The HTTP form of the contract under `huibao serve`, shared by the server and the renderer's HTTP transport. */
export const TOKEN_HEADER = 'x-huibao-token';
/** `POST /api/<channel>` with the arguments as JSON; the answer is a Reply as JSON. */
export const API_PREFIX = '/api/';
/** Server-Sent Events: one `event:` per contract event name, JSON data. */
export const EVENTS_PATH = '/api/events';
/** Exported files, by name, as attachments. */
export const DOWNLOAD_PREFIX = '/download/';
