// Calls to the teinei API with the agent's key, including the suggestion event stream.

export class ApiError extends Error {
  constructor(status, detail) {
    super(detail);
    this.status = status;
  }
}

async function errorOf(response) {
  let detail = response.statusText || `HTTP ${response.status}`;
  try {
    const body = await response.json();
    if (typeof body.detail === "string") detail = body.detail;
    else if (Array.isArray(body.detail)) detail = body.detail.map((d) => d.msg).join("; ");
  } catch {
    // not JSON: keep the status text
  }
  return new ApiError(response.status, detail);
}

export class Api {
  /** @param {() => string} key returns the current API key */
  constructor(key) {
    this.key = key;
  }

  headers(json) {
    const h = { Accept: json ? "application/json" : "text/event-stream" };
    const key = this.key();
    if (key) h.Authorization = `Bearer ${key}`;
    return h;
  }

  async json(method, path, body) {
    const headers = this.headers(true);
    if (body !== undefined) headers["Content-Type"] = "application/json";
    const response = await fetch(path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw await errorOf(response);
    return response.json();
  }

  /**
   * POST `body` and call `onEvent(name, data)` for each server-sent event until the stream ends.
   * @param {AbortSignal} signal cancels the request
   */
  async stream(path, body, onEvent, signal) {
    const headers = { ...this.headers(false), "Content-Type": "application/json" };
    const response = await fetch(path, {
      method: "POST",
      headers,
      body: JSON.stringify(body),
      signal,
    });
    if (!response.ok) throw await errorOf(response);
    const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      buffer += value.replace(/\r\n/g, "\n");
      let cut;
      while ((cut = buffer.indexOf("\n\n")) >= 0) {
        const block = buffer.slice(0, cut);
        buffer = buffer.slice(cut + 2);
        const event = parseEvent(block);
        if (event) onEvent(event.name, event.data);
      }
    }
  }
}

function parseEvent(block) {
  let name = "message";
  const data = [];
  for (const line of block.split("\n")) {
    if (line.startsWith(":")) continue; // keep-alive comment
    if (line.startsWith("event:")) name = line.slice(6).trim();
    else if (line.startsWith("data:")) data.push(line.slice(5).replace(/^ /, ""));
  }
  if (!data.length) return null;
  return { name, data: JSON.parse(data.join("\n")) };
}
