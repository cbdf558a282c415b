import { registerBilingualEnum } from '../../common/enums';

export enum AreaKind {
  COUNTY = 'COUNTY',
  TOWN = 'TOWN',
  XIANG = 'XIANG',
  VILLAGE = 'VILLAGE',
  COMMUNITY = 'COMMUNITY',
  GRID_CELL = 'GRID_CELL',
}

registerBilingualEnum(AreaKind, 'AreaKind', '区域级别 level of an area in the county', {
  COUNTY: '县 county',
  TOWN: '镇 town',
  XIANG: '乡 township (xiang)',
  VILLAGE: '村 village',
  COMMUNITY: '社区 urban community',
  GRID_CELL: '网格 grid cell of the grid-management platform',
});

export enum AreaFileFormat {
  XLSX = 'XLSX',
  CSV = 'CSV',
}

registerBilingualEnum(AreaFileFormat, 'AreaFileFormat', '文件格式 format of an area list', {
  XLSX: 'Excel表格 an XLSX workbook (first sheet)',
  CSV: 'CSV文本 comma-separated UTF-8 text',
});
