// Render ZPL (stdin) to PNG files: node render.mjs OUT_PREFIX WIDTH_MM HEIGHT_MM DOTS_PER_MM
// Prints one PNG path per label. Used by the tests as an independent check of our ZPL.
import fs from "node:fs";
import { ready } from "zpl-renderer-js";

const [prefix, widthMm, heightMm, dpmm] = process.argv.slice(2);
const zpl = fs.readFileSync(0, "utf8");
const { api } = await ready;
const labels = await api.zplToBase64MultipleAsync(zpl, Number(widthMm), Number(heightMm), Number(dpmm));
labels.forEach((label, index) => {
  const path = `${prefix}-${index}.png`;
  fs.writeFileSync(path, Buffer.from(label, "base64"));
  console.log(path);
});
process.exit(0);
