// Render ZPL to PNG files with zpl-renderer-js; the tests' independent check of our ZPL.
//   node render.mjs OUT_PREFIX WIDTH_MM HEIGHT_MM DOTS_PER_MM   ZPL on stdin, one PNG path per
//                                                               label printed
//   node render.mjs --serve   one JSON request per stdin line, {"zpl", "prefix", "width",
//                             "height", "dpmm"}; one JSON answer per line, {"paths": [...]} or
//                             {"error": "..."} (the renderer starts once, not once per label)
import fs from "node:fs";
import readline from "node:readline";
import { ready } from "zpl-renderer-js";

const { api } = await ready;

async function render(zpl, prefix, widthMm, heightMm, dpmm) {
  const labels = await api.zplToBase64MultipleAsync(zpl, Number(widthMm), Number(heightMm), Number(dpmm));
  return labels.map((label, index) => {
    const path = `${prefix}-${index}.png`;
    fs.writeFileSync(path, Buffer.from(label, "base64"));
    return path;
  });
}

if (process.argv[2] === "--serve") {
  for await (const line of readline.createInterface({ input: process.stdin })) {
    let answer;
    try {
      const request = JSON.parse(line);
      answer = { paths: await render(request.zpl, request.prefix, request.width, request.height, request.dpmm) };
    } catch (error) {
      answer = { error: String(error) };
    }
    process.stdout.write(JSON.stringify(answer) + "\n");
  }
} else {
  const [prefix, widthMm, heightMm, dpmm] = process.argv.slice(2);
  const paths = await render(fs.readFileSync(0, "utf8"), prefix, widthMm, heightMm, dpmm);
  paths.forEach((path) => console.log(path));
}
process.exit(0);
