// Jest resolver: the typed client (integrations/client/src) is an ES module package written with
// `.js` import specifiers, as Node's ESM needs; from its sources those name the `.ts` files.
'use strict';
const fs = require('node:fs');
const path = require('node:path');

const clientSources = path.resolve(__dirname, '../../integrations/client/src') + path.sep;

module.exports = (request, options) => {
  if (request.startsWith('.') && request.endsWith('.js') && (options.basedir + path.sep).startsWith(clientSources)) {
    const source = path.resolve(options.basedir, request.slice(0, -3) + '.ts');
    if (fs.existsSync(source)) return source;
  }
  return options.defaultResolver(request, options);
};
