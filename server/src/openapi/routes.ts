import { Hono } from 'hono';
import { openApiDocument } from './document';

export function openApiRoutes() {
  const routes = new Hono();
  const document = openApiDocument();
  routes.get('/', (c) => c.json(document, 200));
  return routes;
}
