// `--name value` taken out of a script's arguments (what is left are the script's other words).
export function takeOption(args, name, fallback) {
  const i = args.indexOf(name);
  if (i === -1) return fallback;
  const [, value] = args.splice(i, 2);
  return value;
}
