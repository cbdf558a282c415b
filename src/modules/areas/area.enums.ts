import { registerEnumType } from 'type-graphql';

export enum AreaKind {
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  XIANG = 'XIANG',
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
  GRID_CELL = 'GRID_CELL',
}

registerEnumType(AreaKind, {
  name: 'AreaKind',
  description: '区域级别 level of an area in the county',
  valuesConfig: {
    COUNTY: { description: '县 county' },
    TOWN: { description: '镇 town' },
    XIANG: { description: '乡 township (xiang)' },
    VILLAGE: { description: '村 village' },
    COMMUNITY: { description: '社区 urban community' },
    GRID_CELL: { description: '网格 grid cell of the grid-management platform' },
  },
});
