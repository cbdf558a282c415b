import type { MigrationObject } from '@mikro-orm/core';
import { Migration20261129035602 } from './Migration20261129035602_initial';
import { Migration20261129042435 } from './Migration20261129042435_workflow';
import { Migration20261129044000 } from './Migration20261129044000_feed';
import { Migration20261129050000 } from './Migration20261129050000_routing';
import { Migration20261129051000 } from './Migration20261129051000_grid';
import { Migration20261129052000 } from './Migration20261129052000_access';
import { Migration20261201100000 } from './Migration20261201100000_rosters';
import { Migration20261201110000 } from './Migration20261201110000_supervision';
import { Migration20261201120000 } from './Migration20261201120000_reliability';
import { Migration20261202100000 } from './Migration20261202100000_desk';
import { Migration20261202110001 } from './Migration20261202110001_areas';
import { Migration20261202110002 } from './Migration20261202110002_grid_not_sent';
import { Migration20261202120001 } from './Migration20261202120001_ruling_deadline';
import { Migration20261202140000 } from './Migration20261202140000_unitEvents';
import { Migration20261202130000 } from './Migration20261202130000_commit_order';

/** Migrations in the order they apply; a new migration file is added here as well. */
export const migrationsList: MigrationObject[] = [
  { name: 'Migration20261129035602_initial', class: Migration20261129035602 },
  { name: 'Migration20261129042435_workflow', class: Migration20261129042435 },
  { name: 'Migration20261129044000_feed', class: Migration20261129044000 },
  { name: 'Migration20261129050000_routing', class: Migration20261129050000 },
  { name: 'Migration20261129051000_grid', class: Migration20261129051000 },
  { name: 'Migration20261129052000_access', class: Migration20261129052000 },
  { name: 'Migration20261201100000_rosters', class: Migration20261201100000 },
  { name: 'Migration20261201110000_supervision', class: Migration20261201110000 },
  { name: 'Migration20261201120000_reliability', class: Migration20261201120000 },
  { name: 'Migration20261202100000_desk', class: Migration20261202100000 },
  { name: 'Migration20261202110001_areas', class: Migration20261202110001 },
  { name: 'Migration20261202110002_grid_not_sent', class: Migration20261202110002 },
  { name: 'Migration20261202120001_ruling_deadline', class: Migration20261202120001 },
  { name: 'Migration20261202140000_unitEvents', class: Migration20261202140000 },
  { name: 'Migration20261202130000_commit_order', class: Migration20261202130000 },
];
