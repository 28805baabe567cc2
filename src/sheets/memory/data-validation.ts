/** SpreadsheetApp.newDataValidation() for the memory workbook: a dropdown list rule, counted per call. */

import type { DataValidationBuilderApi } from '../spreadsheet-api';
import type { CallLedger } from './call-ledger';
import type { ValidationRule } from './cell';

/** A built rule: the data Range.setDataValidation puts on each cell. */
export class MemoryDataValidation implements ValidationRule {
  readonly values: readonly string[];
  readonly showDropdown: boolean;
  readonly allowInvalid: boolean;
  readonly helpText?: string;

  constructor(rule: ValidationRule) {
    this.values = Object.freeze([...rule.values]);
    this.showDropdown = rule.showDropdown;
    this.allowInvalid = rule.allowInvalid;
    if (rule.helpText !== undefined) this.helpText = rule.helpText;
    Object.freeze(this);
  }
}

/** The builder; like Sheets, invalid entries are allowed (with a warning) unless told otherwise. */
export class MemoryDataValidationBuilder implements DataValidationBuilderApi {
  private values: readonly string[] | undefined;
  private showDropdown = true;
  private allowInvalid = true;
  private helpText: string | undefined;

  constructor(private readonly ledger: CallLedger) {}

  requireValueInList(values: string[], showDropdown = true): MemoryDataValidationBuilder {
    this.ledger.enter('DataValidationBuilder.requireValueInList');
    this.values = [...values];
    this.showDropdown = showDropdown;
    return this;
  }

  setAllowInvalid(allowInvalidData: boolean): MemoryDataValidationBuilder {
    this.ledger.enter('DataValidationBuilder.setAllowInvalid');
    this.allowInvalid = allowInvalidData;
    return this;
  }

  setHelpText(helpText: string): MemoryDataValidationBuilder {
    this.ledger.enter('DataValidationBuilder.setHelpText');
    this.helpText = helpText;
    return this;
  }

  build(): MemoryDataValidation {
    this.ledger.enter('DataValidationBuilder.build');
    if (!this.values) throw new Error('You must specify a criteria type for the data validation rule.');
    return new MemoryDataValidation({
      values: this.values,
      showDropdown: this.showDropdown,
      allowInvalid: this.allowInvalid,
      ...(this.helpText === undefined ? {} : { helpText: this.helpText }),
    });
  }
}
