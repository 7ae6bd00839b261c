import { Router } from 'express';
import helmet from 'helmet';
import swaggerUi from 'swagger-ui-express';
import { openApiDocument } from '../openapi.js';

/** `/openapi.json` for tools, `/docs` for people (Swagger UI, served locally: no CDN). */
export function docsRouter(serverUrl: string): Router {
  const document = openApiDocument(serverUrl);
  const router = Router();
  router.get('/openapi.json', (_req, res) => {
    res.json(document);
  });
  router.use(
    '/docs',
    // Swagger UI's page carries inline <style>; its scripts stay external.
    helmet.contentSecurityPolicy({
      directives: { styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'] },
    }),
    swaggerUi.serve,
    swaggerUi.setup(document, { customSiteTitle: 'Pulse API reference' }),
  );
  return router;
}
