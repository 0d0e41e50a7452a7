package vn.cchc.model.schema;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import vn.cchc.model.methodology.AppraisalRound;
import vn.cchc.model.methodology.Bloc;
import vn.cchc.model.survey.SipasComponent;

class CodesTest {
  @Test
  void codesComeFromTheEnumInDeclarationOrder() {
    assertThat(Codes.of(Bloc.class).values()).containsExactly("SO", "HUYEN", "XA", "TINH");
    assertThat(Codes.of(List.of(Bloc.XA, Bloc.SO)).values()).containsExactly("SO", "XA");
    assertThat(Codes.of(AppraisalRound.class, AppraisalRound::code).values())
        .containsExactly("1", "2");
    assertThat(Codes.of(SipasComponent.class).withFirst("OVERALL").values())
        .containsExactly("OVERALL", "TIEP_CAN", "THU_TUC", "CONG_CHUC", "KET_QUA", "GOP_Y");
  }

  @Test
  void admitsOnlyItsValuesExactly() {
    Codes blocs = Codes.of(Bloc.rankedBlocs());
    assertThat(blocs.admits("SO")).isTrue();
    assertThat(blocs.admits("so")).isFalse();
    assertThat(blocs.admits("TINH")).isFalse();
  }

  @Test
  void findsTheConstantACellNamesExactly() {
    assertThat(Codes.constant(Bloc.class, "XA")).contains(Bloc.XA);
    assertThat(Codes.constant(Bloc.class, "xa")).isEmpty();
    assertThat(Codes.constant(Bloc.class, null)).isEmpty();
  }

  @Test
  void listsValuesAsAVietnameseSentence() {
    assertThat(Codes.of(Bloc.class).listVi()).isEqualTo("SO, HUYEN, XA hoặc TINH");
    assertThat(Codes.of(AppraisalRound.class, AppraisalRound::code).listVi()).isEqualTo("1 hoặc 2");
    assertThat(new Codes(List.of("A")).listVi()).isEqualTo("A");
    assertThatThrownBy(() -> new Codes(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot declare codes: none given");
  }

  @Test
  void columnFactoriesKeepTheirMeaningAndCodesAreAdded() {
    Column plain = Column.required("kind", ColumnType.STRING, "Loại", "Kind");
    assertThat(plain.codes()).isEmpty();
    assertThat(plain.upperCase()).isFalse();
    Column coded =
        plain.withDefault("BONUS").coded(new Codes(List.of("BONUS", "PENALTY"))).upperCased();
    assertThat(coded.codes()).map(Codes::values).contains(List.of("BONUS", "PENALTY"));
    assertThat(coded.upperCase()).isTrue();
    assertThat(coded.defaultValue()).isEqualTo("BONUS");
    assertThat(coded.withDefault("PENALTY").codes()).isEqualTo(coded.codes());
    assertThatThrownBy(
            () -> Column.required("round", ColumnType.INTEGER, "Lần", "Round").upperCased())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Cannot declare column round: only text can be upper-cased");
  }
}
