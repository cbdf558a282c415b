import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129035602 } from './Migration20261129035602_initial';
import { Migration20261129042435 } from './Migration20261129042435_workflow';

/** Migrations in the order they apply; a new migration file is added here as well. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129035602_initial', class: Migration20261129035602 },
  { name: 'Migration20261129042435_workflow', class: Migration20261129042435 },
];
