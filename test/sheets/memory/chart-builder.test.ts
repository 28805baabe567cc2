import {
  inspectSheet,
  MEMORY_BAR_CHART_TYPE,
  MemoryWorkbook,
  memoryServices,
} from '../../../src/sheets/memory';

describe('MemoryEmbeddedChartBuilder', () => {
  it('keeps an inserted chart with its type, ranges as A1, position and options', () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.getActiveSheet();
    const { barChartType } = memoryServices(workbook);

    const chart = sheet
      .newChart()
      .setChartType(barChartType)
      .addRange(sheet.getRange('A3:B12'))
      .setPosition(3, 6, 0, 0)
      .setOption('title', 'คะแนน ITA รายตัวชี้วัด')
      .setOption('hAxis', { minValue: 0, maxValue: 100 })
      .build();
    sheet.insertChart(chart);

    expect(inspectSheet(sheet).charts).toEqual([
      {
        type: 'BAR',
        ranges: ['A3:B12'],
        position: { anchorRow: 3, anchorColumn: 6, offsetX: 0, offsetY: 0 },
        options: { title: 'คะแนน ITA รายตัวชี้วัด', hAxis: { minValue: 0, maxValue: 100 } },
      },
    ]);
  });

  it('names a range of another sheet with the sheet quoted', () => {
    const workbook = new MemoryWorkbook({ sheetNames: ['chart', "O'Brien data"] });
    const [chartSheet, dataSheet] = workbook.getSheets();
    if (!chartSheet || !dataSheet) throw new Error('test bug');

    chartSheet.insertChart(chartSheet.newChart().addRange(dataSheet.getRange('A1:B2')).build());

    expect(inspectSheet(chartSheet).charts[0]?.ranges).toEqual(["'O''Brien data'!A1:B2"]);
  });

  it('uses the chart type name as the stand-in for Charts.ChartType.BAR', () => {
    expect(String(MEMORY_BAR_CHART_TYPE)).toBe('BAR');
  });

  it('refuses an option JSON cannot hold', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    expect(() => sheet.newChart().setOption('f', () => 1)).toThrow(/cannot be saved as JSON/);
  });

  it('refuses a chart or range that is not from the memory workbook', () => {
    const sheet = new MemoryWorkbook().getActiveSheet();

    expect(() => sheet.insertChart({})).toThrow(/not built by the memory workbook/);
    expect(() => sheet.newChart().addRange(Object.create(null))).toThrow(/not from the memory workbook/);
  });
});
