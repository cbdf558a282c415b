import type { EntityManager } from '@mikro-orm/postgresql';
import { BadInputError, NotFoundError } from '../../common/errors';
import { Unit } from './unit.entity';

const UNIT_CODE = /^[a-z][a-z0-9-]{0,63}$/;

export class UnitService {
  constructor(private readonly em: EntityManager) {}

  list(includeInactive: boolean): Promise<Unit[]> {
    return this.em.find(Unit, includeInactive ? {} : { active: true }, {
      orderBy: { rank: 'asc', code: 'asc' },
    });
  }

  async byCode(code: string): Promise<Unit> {
    if (!UNIT_CODE.test(code)) {
      throw new BadInputError(`"${code}" is not a unit code: codes are lower-case words joined by hyphens, e.g. "civil-affairs".`, {
        argument: 'code',
      });
    }
    const unit = await this.em.findOne(Unit, { code });
    if (!unit) {
      throw new NotFoundError(`No member unit has the code "${code}". The units query lists every code.`, { code });
    }
    return unit;
  }
}
