/* SPDX-License-Identifier: MIT */
#include "mem_desc.h"

uint16_t mem_desc_normal_wb(void)
{
	uint16_t a = ffa_mem_attributes_set_mem_type(0, FFA_MEM_TYPE_NORMAL);

	a = ffa_mem_attributes_set_cacheability(a, FFA_MEM_CACHEABILITY_WRITE_BACK);
	return ffa_mem_attributes_set_shareability(a, FFA_MEM_SHAREABILITY_INNER_SHAREABLE);
}

uint8_t mem_desc_rw(void)
{
	return (uint8_t)ffa_mem_permissions_set_data_access(0, FFA_MEM_DATA_ACCESS_READ_WRITE);
}

uint32_t mem_desc_write(uint8_t *tx, uint16_t sender, uint16_t receiver, uint16_t attributes,
			uint8_t permissions, const struct ffa_mem_constituent_v1_0 *c,
			uint32_t count)
{
	const uint32_t access = FFA_MEM_TRANSACTION_V1_1_SIZE;
	const uint32_t comp = access + FFA_MEM_ACCESS_V1_2_SIZE;
	const struct ffa_mem_transaction_v1_1 h = {
		.sender = sender,
		.attributes = attributes,
		.mem_access_size = FFA_MEM_ACCESS_V1_2_SIZE,
		.receiver_count = 1,
		.mem_access_offset = access,
	};
	const struct ffa_mem_access_v1_2 a = { .receiver = receiver, .permissions = permissions,
					       .composite_offset = comp };
	struct ffa_mem_composite_v1_0 cd = { .range_count = count };

	for (uint32_t i = 0; i < count; i++) {
		cd.total_page_count += c[i].page_count;
		ffa_mem_constituent_v1_0_write(tx, FFA_PAGE_SIZE,
					       comp + FFA_MEM_COMPOSITE_V1_0_SIZE +
						       i * FFA_MEM_CONSTITUENT_V1_0_SIZE,
					       &c[i]);
	}
	ffa_mem_transaction_v1_1_write(tx, FFA_PAGE_SIZE, 0, &h);
	ffa_mem_access_v1_2_write(tx, FFA_PAGE_SIZE, access, &a);
	ffa_mem_composite_v1_0_write(tx, FFA_PAGE_SIZE, comp, &cd);
	return comp + FFA_MEM_COMPOSITE_V1_0_SIZE + count * FFA_MEM_CONSTITUENT_V1_0_SIZE;
}
