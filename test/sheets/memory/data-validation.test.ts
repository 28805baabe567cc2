import {
  inspectCell,
  MemoryDataValidation,
  MemoryWorkbook,
  memoryServices,
} from '../../../src/sheets/memory';

describe('MemoryDataValidationBuilder', () => {
  it('builds a dropdown rule with its choices, help text and whether invalid entries are allowed', () => {
    const rule = memoryServices()
      .newDataValidation()
      .requireValueInList(['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ'], true)
      .setAllowInvalid(false)
      .setHelpText('เลือกสถานะ')
      .build();

    expect({ ...rule }).toEqual({
      values: ['ดำเนินการแล้ว', 'อยู่ระหว่างดำเนินการ'],
      showDropdown: true,
      allowInvalid: false,
      helpText: 'เลือกสถานะ',
    });
  });

  it('allows invalid entries (with a warning) unless told otherwise, as Sheets does', () => {
    const rule = memoryServices().newDataValidation().requireValueInList(['a'], false).build();

    expect(rule).toBeInstanceOf(MemoryDataValidation);
    expect(rule).toMatchObject({ allowInvalid: true, showDropdown: false });
  });

  it('copies the list, so a later change to the array does not reach the rule', () => {
    const values = ['a', 'b'];
    const rule = memoryServices().newDataValidation().requireValueInList(values, true).build();

    values.push('c');

    expect(rule).toMatchObject({ values: ['a', 'b'] });
  });

  it('refuses to build a rule without criteria', () => {
    expect(() => memoryServices().newDataValidation().build()).toThrow(/criteria/);
  });

  it('lands on the cells of a range', () => {
    const workbook = new MemoryWorkbook();
    const sheet = workbook.getActiveSheet();
    const rule = memoryServices(workbook)
      .newDataValidation()
      .requireValueInList(['ผ่าน'], true)
      .setHelpText('h')
      .build();

    sheet.getRange('B2').setDataValidation(rule);

    expect(inspectCell(sheet, 'B2').validation).toMatchObject({ values: ['ผ่าน'], helpText: 'h' });
  });
});
