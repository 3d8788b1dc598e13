/* SPDX-License-Identifier: MIT */
/*
 * Hand-written checks of the generated code against facts of the FF-A
 * specification, independent of the generator: known ids, register
 * packing of values spread over registers, sign handling of status codes,
 * gating of well-known cases, bounds of descriptor accessors.
 */
#include <check.h>
#include <stdlib.h>
#include <string.h>

#include "check_run.h"
#include "ffa/ffa_dispatch.h"
#include "ffa/ffa_structs.h"

#if FFA_GEN_ABI != 1
#error "generated code and tests disagree: regenerate with python3 generator/ffagen.py"
#endif

START_TEST(test_function_ids)
{
	ck_assert_uint_eq(FFA_VERSION_32, 0x84000063U);
	ck_assert_uint_eq(FFA_RXTX_MAP_64, 0xC4000066U);
	ck_assert_uint_eq(FFA_MSG_SEND_DIRECT_REQ2_64, 0xC400008DU);
	ck_assert_uint_eq(FFA_PARTITION_INFO_GET_REGS_64, 0xC400008BU);
	ck_assert_uint_eq(FFA_NS_RES_INFO_GET_64, 0xC400008FU);
	ck_assert_uint_eq(FFA_ABORT_32, 0x84000090U);
	ck_assert_int_eq(FFA_NOT_READY, -10);
	ck_assert_int_eq(FFA_VERSION_1_2, 0x10002);
}
END_TEST

START_TEST(test_version_decode)
{
	struct ffa_regs in = { .x = { FFA_VERSION_32, 0x10002 } };
	struct ffa_version_args a;

	ck_assert_int_eq(ffa_decode_version(&in, FFA_VERSION_1_0, &a), FFA_OK);
	ck_assert_uint_eq(a.major, 1);
	ck_assert_uint_eq(a.minor, 2);
	in.x[1] = 0x80010002;
	ck_assert_int_eq(ffa_decode_version(&in, FFA_VERSION_1_0, &a), FFA_INVALID_PARAMETERS);
	/* The wrong id for this decoder. */
	in.x[0] = FFA_FEATURES_32;
	in.x[1] = 0x10002;
	ck_assert_int_eq(ffa_decode_version(&in, FFA_VERSION_1_0, &a), FFA_NOT_SUPPORTED);
}
END_TEST

START_TEST(test_error_status_is_32_bit)
{
	struct ffa_error_args e = { .error_code = FFA_INVALID_PARAMETERS };
	struct ffa_regs r = { { 0 } };
	struct ffa_error_args back;

	ffa_encode_error(&e, FFA_VERSION_1_2, &r);
	ck_assert_uint_eq(r.x[0], FFA_ERROR_32);
	/* w2 holds the signed value; the upper half of x2 stays zero. */
	ck_assert_uint_eq(r.x[2], 0xFFFFFFFEU);
	r.x[2] |= UINT64_C(0xFFFFFFFF00000000);
	ck_assert_int_eq(ffa_decode_error(&r, FFA_VERSION_1_2, &back), FFA_OK);
	ck_assert_int_eq(back.error_code, FFA_INVALID_PARAMETERS);
}
END_TEST

START_TEST(test_handle_in_two_registers)
{
	struct ffa_mem_share_result res = { .handle = UINT64_C(0x8000000112345678) };
	struct ffa_mem_share_result back;
	struct ffa_regs r = { { 0 } };

	ffa_encode_mem_share_result(&res, FFA_VERSION_1_1, &r);
	ck_assert_uint_eq(r.x[0], FFA_SUCCESS_32);
	ck_assert_uint_eq(r.x[2], 0x12345678U);
	ck_assert_uint_eq(r.x[3], 0x80000001U);
	ck_assert_int_eq(ffa_decode_mem_share_result(&r, FFA_VERSION_1_1, &back), FFA_OK);
	ck_assert_uint_eq(back.handle, res.handle);
	/* An FFA_ERROR reply decodes to its status. */
	ffa_set_error(&r, FFA_DENIED);
	ck_assert_int_eq(ffa_decode_mem_share_result(&r, FFA_VERSION_1_1, &back), FFA_DENIED);
}
END_TEST

START_TEST(test_uuid_byte_order)
{
	/* Bytes 0-7 of the UUID are x1 little-endian, 8-15 x2. */
	struct ffa_regs in = { .x = { FFA_PARTITION_INFO_GET_REGS_64, UINT64_C(0x0706050403020100),
				      UINT64_C(0x0f0e0d0c0b0a0908), 0x00050003 } };
	struct ffa_partition_info_get_regs_args a;
	struct ffa_regs out = { { 0 } };

	ck_assert_int_eq(ffa_decode_partition_info_get_regs(&in, FFA_VERSION_1_2, &a), FFA_OK);
	for (int i = 0; i < 16; i++)
		ck_assert_uint_eq(a.uuid.b[i], i);
	ck_assert_uint_eq(a.start_index, 3);
	ck_assert_uint_eq(a.tag, 5);
	ffa_encode_partition_info_get_regs(&a, FFA_VERSION_1_2, &out);
	ck_assert_mem_eq(&in, &out, sizeof(in));
}
END_TEST

START_TEST(test_smc32_drops_upper_halves)
{
	struct ffa_regs in = { .x = { FFA_RXTX_MAP_32, UINT64_C(0xAAAA000040001000),
				      UINT64_C(0xBBBB000040002000), 1 } };
	struct ffa_rxtx_map_args a;
	struct ffa_regs out = { { 0 } };

	ck_assert_int_eq(ffa_decode_rxtx_map(&in, FFA_VERSION_1_1, &a), FFA_OK);
	ck_assert(!a.smc64);
	ck_assert_uint_eq(a.tx_address, 0x40001000U);
	ck_assert_uint_eq(a.rx_address, 0x40002000U);
	ffa_encode_rxtx_map(&a, FFA_VERSION_1_1, &out);
	ck_assert_uint_eq(out.x[1], 0x40001000U);
	in.x[0] = FFA_RXTX_MAP_64;
	ck_assert_int_eq(ffa_decode_rxtx_map(&in, FFA_VERSION_1_1, &a), FFA_OK);
	ck_assert(a.smc64);
	ck_assert_uint_eq(a.tx_address, UINT64_C(0xAAAA000040001000));
}
END_TEST

START_TEST(test_gate_known_cases)
{
	/* PSCI and other owners are not FF-A. */
	ck_assert_int_eq(ffa_gate(0x84000000U, FFA_VERSION_1_2, true), FFA_VERDICT_NOT_FFA);
	ck_assert_int_eq(ffa_gate(0xC4000003U, FFA_VERSION_1_2, true), FFA_VERDICT_NOT_FFA);
	/* SMC64 from an AArch32 VM. */
	ck_assert_int_eq(ffa_gate(FFA_RXTX_MAP_64, FFA_VERSION_1_2, false), FFA_VERDICT_CONVENTION);
	ck_assert_int_eq(ffa_gate(FFA_RXTX_MAP_32, FFA_VERSION_1_2, false), FFA_VERDICT_HANDLED);
	/* No SMC64 form of VERSION. */
	ck_assert_int_eq(ffa_gate(0xC4000063U, FFA_VERSION_1_2, true), FFA_VERDICT_CONVENTION);
	/* Version gating. */
	ck_assert_int_eq(ffa_gate(FFA_PARTITION_INFO_GET_REGS_64, FFA_VERSION_1_1, true),
			 FFA_VERDICT_VERSION);
	ck_assert_int_eq(ffa_gate(FFA_PARTITION_INFO_GET_REGS_64, FFA_VERSION_1_2, true),
			 FFA_VERDICT_HANDLED);
	ck_assert_int_eq(ffa_gate(FFA_MSG_SEND2_32, FFA_VERSION_1_0, true), FFA_VERDICT_VERSION);
	ck_assert_int_eq(ffa_gate(FFA_NS_RES_INFO_GET_64, FFA_VERSION_1_2, true),
			 FFA_VERDICT_VERSION);
	ck_assert_int_eq(ffa_gate(FFA_MSG_POLL_32, FFA_VERSION_1_1, true), FFA_VERDICT_VERSION);
	/* Ids only a hypervisor or an SP may call. */
	ck_assert_int_eq(ffa_gate(FFA_NOTIFICATION_BITMAP_CREATE_32, FFA_VERSION_1_2, true),
			 FFA_VERDICT_CALLER);
	ck_assert_int_eq(ffa_gate(FFA_RX_ACQUIRE_32, FFA_VERSION_1_2, true), FFA_VERDICT_CALLER);
	ck_assert_int_eq(ffa_gate(FFA_MEM_PERM_GET_64, FFA_VERSION_1_2, true), FFA_VERDICT_CALLER);
	/* A VM may, the mediator does not offer it. */
	ck_assert_int_eq(ffa_gate(FFA_MSG_WAIT_32, FFA_VERSION_1_2, true), FFA_VERDICT_REFUSED);
	ck_assert_int_eq(ffa_gate(FFA_MSG_SEND_DIRECT_RESP_32, FFA_VERSION_1_2, true),
			 FFA_VERDICT_REFUSED);
	/* Unassigned number in the FF-A range. */
	ck_assert_int_eq(ffa_gate(0x840000A0U, FFA_VERSION_1_2, true), FFA_VERDICT_UNKNOWN);
}
END_TEST

START_TEST(test_call_names)
{
	char buf[32];

	ck_assert_str_eq(ffa_call_name(FFA_MEM_SHARE_64, buf), "FFA_MEM_SHARE_64");
	ck_assert_str_eq(ffa_call_name(FFA_VERSION_32, buf), "FFA_VERSION_32");
	ck_assert_str_eq(ffa_call_name(0x84000000U, buf), "?");
	/* The table's first and last rows: the names are found by counting. */
	ck_assert_str_eq(ffa_call_name(FFA_ERROR_32, buf), "FFA_ERROR_32");
	ck_assert_str_eq(ffa_call_name(FFA_ABORT_64, buf), "FFA_ABORT_64");
	ck_assert_str_eq(ffa_call_name(FFA_MSG_SEND_DIRECT_REQ2_64, buf),
			 "FFA_MSG_SEND_DIRECT_REQ2_64");
	ck_assert_str_eq(ffa_call_name(0x84000091U, buf), "?");
	/* Names made of shared words (ffa_call_words), one after another. */
	ck_assert_str_eq(ffa_call_name(FFA_NOTIFICATION_INFO_GET_64, buf),
			 "FFA_NOTIFICATION_INFO_GET_64");
	ck_assert_str_eq(ffa_call_name(FFA_MEM_RETRIEVE_RESP_32, buf), "FFA_MEM_RETRIEVE_RESP_32");
	ck_assert_str_eq(ffa_call_name(FFA_PARTITION_INFO_GET_REGS_64, buf),
			 "FFA_PARTITION_INFO_GET_REGS_64");
	/* At most 24 characters of a name, a shared word's too. */
	ck_assert_str_eq(ffa_call_name(FFA_NOTIFICATION_BITMAP_DESTROY_32, buf),
			 "FFA_NOTIFICATION_BITMAP_DEST_32");
}
END_TEST

START_TEST(test_struct_bounds)
{
	uint8_t buf[64] = { 0x01, 0x80, 0x02, 0x00, 0x05, 0x00, 0x00, 0x00 };
	struct ffa_partition_info_v1_1 d;

	ck_assert(ffa_partition_info_v1_1_read(buf, sizeof(buf), 0, &d));
	ck_assert_uint_eq(d.partition_id, 0x8001);
	ck_assert_uint_eq(d.exec_ctx_count, 2);
	ck_assert_uint_eq(d.properties, 5);
	ck_assert(ffa_partition_info_v1_1_read(buf, sizeof(buf), 40, &d));
	ck_assert(!ffa_partition_info_v1_1_read(buf, sizeof(buf), 41, &d));
	ck_assert(!ffa_partition_info_v1_1_read(buf, sizeof(buf), SIZE_MAX - 4, &d));
	/* index * size overflowing is refused, not wrapped. */
	ck_assert(!ffa_partition_info_v1_1_read_at(buf, sizeof(buf), 0, SIZE_MAX / 8, &d));
	ck_assert(ffa_partition_info_v1_1_read_at(buf, sizeof(buf), 16, 1, &d));
	ck_assert(!ffa_partition_info_v1_1_read_at(buf, sizeof(buf), 16, 2, &d));
	ck_assert(!ffa_partition_info_v1_1_write(buf, sizeof(buf), 48, &d));
	ck_assert_uint_eq(ffa_partition_info_size(FFA_VERSION_1_0), 8);
	ck_assert_uint_eq(ffa_partition_info_size(FFA_VERSION_1_2), 24);
	ck_assert_uint_eq(ffa_partition_info_size(FFA_VERSION_1_3), 48);
	ck_assert_uint_eq(ffa_mem_transaction_size(FFA_VERSION_1_0), 32);
	ck_assert_uint_eq(ffa_mem_transaction_size(FFA_VERSION_1_1), 48);
	ck_assert_uint_eq(ffa_mem_access_size(FFA_VERSION_1_1), 16);
	ck_assert_uint_eq(ffa_mem_access_size(FFA_VERSION_1_2), 32);
	ck_assert_uint_eq(ffa_partition_msg_header_size(FFA_VERSION_1_1), 20);
	ck_assert_uint_eq(ffa_partition_msg_header_size(FFA_VERSION_1_2), 40);
}
END_TEST

START_TEST(test_bitfields)
{
	uint32_t p = 0;

	p = ffa_partition_properties_set_direct_req2_recv(p, 1);
	p = ffa_partition_properties_set_id_type(p, FFA_PARTITION_ID_TYPE_PE_ENDPOINT);
	ck_assert_uint_eq(p, 1U << 9);
	ck_assert_uint_eq(ffa_partition_properties_get_direct_req2_recv(p), 1);
	/* Memory attributes of a normal write-back inner-shareable share: 0x2F. */
	uint16_t attr = 0;

	attr = ffa_mem_attributes_set_mem_type(attr, FFA_MEM_TYPE_NORMAL);
	attr = ffa_mem_attributes_set_cacheability(attr, FFA_MEM_CACHEABILITY_WRITE_BACK);
	attr = ffa_mem_attributes_set_shareability(attr, FFA_MEM_SHAREABILITY_INNER_SHAREABLE);
	ck_assert_uint_eq(attr, 0x2F);
	/* NOTIFICATION_INFO_GET: 2-bit vCPU counts per list from bit 12. */
	uint64_t flags = ffa_notification_info_get_flags_set_list_size(0, 3, 2);
	ck_assert_uint_eq(flags, UINT64_C(2) << 18);
	ck_assert_uint_eq(ffa_notification_info_get_flags_get_list_size(flags, 3), 2);
}
END_TEST

/*
 * A repeated bit field stays packed in the C struct: list sizes of 20
 * lists through the element accessors land where §16.7 puts them (list i
 * at bit 12 + 2i, lists 11-20 at bit 32 + 2(i - 10)), and come back.
 */
START_TEST(test_packed_list_sizes)
{
	struct ffa_notification_info_get_result res = { .smc64 = true, .list_count = 20 };
	struct ffa_notification_info_get_result back;
	struct ffa_regs r = { { 0 } };

	/* Each packed member says how many copies it holds. */
	ck_assert_uint_eq(FFA_NOTIFICATION_INFO_GET_RESULT_LIST_SIZE_COUNT, 10);
	ck_assert_uint_eq(FFA_NOTIFICATION_INFO_GET_RESULT_LIST_SIZE_HI_COUNT, 10);
	for (unsigned int i = 0; i < 10; i++) {
		res.list_size =
			ffa_notification_info_get_result_set_list_size(res.list_size, i, i % 4);
		res.list_size_hi = ffa_notification_info_get_result_set_list_size_hi(
			res.list_size_hi, i, 3 - i % 4);
	}
	/* Setting a copy again replaces it, leaving its neighbours. */
	res.list_size = ffa_notification_info_get_result_set_list_size(res.list_size, 5, 0);
	res.list_size = ffa_notification_info_get_result_set_list_size(res.list_size, 5, 1);
	ffa_encode_notification_info_get_result(&res, FFA_VERSION_1_2, &r);
	ck_assert_uint_eq(r.x[0], FFA_SUCCESS_64);
	for (unsigned int i = 0; i < 20; i++) {
		const unsigned int shift = i < 10 ? 12 + 2 * i : 32 + 2 * (i - 10);
		const uint64_t want = i < 10 ? i % 4 : 3 - (i - 10) % 4;

		ck_assert_uint_eq((r.x[2] >> shift) & 3, want);
	}
	ck_assert_uint_eq((r.x[2] >> 7) & 0x1f, 20);
	ck_assert_int_eq(ffa_decode_notification_info_get_result(&r, FFA_VERSION_1_2, &back),
			 FFA_OK);
	for (unsigned int i = 0; i < 10; i++) {
		ck_assert_uint_eq(ffa_notification_info_get_result_get_list_size(back.list_size, i),
				  i % 4);
		ck_assert_uint_eq(
			ffa_notification_info_get_result_get_list_size_hi(back.list_size_hi, i),
			3 - i % 4);
	}
}
END_TEST

int main(void)
{
	Suite *s = suite_create("generated");
	TCase *tc = tcase_create("facts");

	tcase_add_test(tc, test_function_ids);
	tcase_add_test(tc, test_version_decode);
	tcase_add_test(tc, test_error_status_is_32_bit);
	tcase_add_test(tc, test_handle_in_two_registers);
	tcase_add_test(tc, test_uuid_byte_order);
	tcase_add_test(tc, test_smc32_drops_upper_halves);
	tcase_add_test(tc, test_gate_known_cases);
	tcase_add_test(tc, test_call_names);
	tcase_add_test(tc, test_struct_bounds);
	tcase_add_test(tc, test_bitfields);
	tcase_add_test(tc, test_packed_list_sizes);
	suite_add_tcase(s, tc);
	return check_run(s);
}
